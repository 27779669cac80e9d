using System;

namespace DiffGen.Benchmarks;

/// <summary>
/// Checks each gradient a benchmark measures (generated, hand-written, finite differences) with
/// <see cref="GradientCheck"/> before anything is measured, and throws when one is wrong: a
/// benchmark of a wrong gradient is worthless.
/// </summary>
internal static class Checks
{
    /// <summary>
    /// Relative tolerance 1e-6, every entry compared on the scale of the gradient's largest entry
    /// (<see cref="GradientCheckOptions.ScaleFloor"/> = 1): an entry that is nearly 0 (say 1e-12)
    /// cannot be matched to 1e-6 of itself by the finite-difference gradient measured here, whose
    /// absolute error is about 1e-10 whatever the entry.
    /// </summary>
    private static GradientCheckOptions Options(int levels) => new() { Tolerance = 1e-6, ScaleFloor = 1, Levels = levels };

    /// <summary>
    /// Throws <see cref="InvalidOperationException"/> with the check's report unless
    /// <paramref name="gradient"/> (and the value it returns) agrees with Richardson-extrapolated
    /// central differences of <paramref name="function"/> at <paramref name="point"/>. Each entry
    /// costs 2 · <paramref name="levels"/> function calls: fewer levels for the largest problem keep
    /// the checks to a few seconds, still accurate to far below the tolerance.
    /// </summary>
    public static void Gradient(
        string problem, string which, Func<double[], double> function, GradientFunction gradient, double[] point, int levels = 5)
    {
        GradientCheckResult result = GradientCheck.Run(function, gradient, point, Options(levels));
        if (!result.Passed)
        {
            throw new InvalidOperationException($"{problem}: the {which} gradient is wrong. {result}");
        }
    }
}
