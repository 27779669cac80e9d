using System;
using System.Collections.Generic;

namespace LinearRegression;

/// <summary>
/// The cost of the whole batch: the mean squared error, i.e. the mean of the per-point costs.
/// Differentiation is linear, so the batch partials are the means of the per-point partials.
/// </summary>
internal static class BatchCost
{
    /// <summary>Mean squared error of the line (m, b) over all points.</summary>
    public static double Cost(double m, double b, IReadOnlyList<double> xs, IReadOnlyList<double> ys) =>
        Mean(xs, ys, (x, y) => QuadraticCost.Cost(m, b, x, y));

    /// <summary>∂(MSE)/∂m: the mean of the generated per-point <c>CostPartialM</c>.</summary>
    public static double PartialM(double m, double b, IReadOnlyList<double> xs, IReadOnlyList<double> ys) =>
        Mean(xs, ys, (x, y) => QuadraticCost.CostPartialM(m, b, x, y));

    /// <summary>∂(MSE)/∂b: the mean of the generated per-point <c>CostPartialB</c>.</summary>
    public static double PartialB(double m, double b, IReadOnlyList<double> xs, IReadOnlyList<double> ys) =>
        Mean(xs, ys, (x, y) => QuadraticCost.CostPartialB(m, b, x, y));

    /// <summary>
    /// Mean squared error and both batch partials in one pass, using the generated per-point
    /// <c>CostGradient</c>.
    /// </summary>
    public static double Gradient(
        double m, double b, IReadOnlyList<double> xs, IReadOnlyList<double> ys, out double dM, out double dB)
    {
        CheckSameLength(xs, ys);
        double sumCost = 0, sumDM = 0, sumDB = 0;
        for (int i = 0; i < xs.Count; i++)
        {
            sumCost += QuadraticCost.CostGradient(m, b, xs[i], ys[i], out double pointDM, out double pointDB);
            sumDM += pointDM;
            sumDB += pointDB;
        }

        dM = sumDM / xs.Count;
        dB = sumDB / xs.Count;
        return sumCost / xs.Count;
    }

    private static double Mean(IReadOnlyList<double> xs, IReadOnlyList<double> ys, Func<double, double, double> perPoint)
    {
        CheckSameLength(xs, ys);
        double sum = 0;
        for (int i = 0; i < xs.Count; i++)
        {
            sum += perPoint(xs[i], ys[i]);
        }

        return sum / xs.Count;
    }

    private static void CheckSameLength(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        if (xs.Count == 0 || xs.Count != ys.Count)
        {
            throw new ArgumentException("Need the same, non-zero number of x and y values.");
        }
    }
}
