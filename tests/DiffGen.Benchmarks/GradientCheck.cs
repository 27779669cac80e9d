using System;

namespace DiffGen.Benchmarks;

/// <summary>
/// Compares two gradients (or two values) and throws when they disagree: a benchmark of a wrong
/// gradient is worthless, so every problem is checked before anything is measured.
/// </summary>
internal static class GradientCheck
{
    /// <summary>Largest disagreement allowed, relative to the size of the expected result.</summary>
    public const double RelativeTolerance = 1e-6;

    /// <summary>
    /// Throws unless max |expected[i] − actual[i]| ≤ 1e-6 · max_i |expected[i]|. The scale is the
    /// whole vector's largest component rather than each component's own size: a component that is
    /// nearly 0 (say 1e-12) cannot be matched to 1e-6 of itself by finite differences, whose
    /// absolute error is ~1e-10 whatever the component.
    /// </summary>
    public static void Agree(string problem, string what, ReadOnlySpan<double> expected, ReadOnlySpan<double> actual)
    {
        if (expected.Length != actual.Length)
        {
            throw new InvalidOperationException(
                $"{problem}: {what}: lengths differ ({expected.Length} vs {actual.Length}).");
        }

        double scale = 0;
        foreach (double e in expected)
        {
            scale = Math.Max(scale, Math.Abs(e));
        }

        if (scale == 0)
        {
            // An all-zero gradient would make the comparison vacuous; the problems are set up away from optima.
            throw new InvalidOperationException($"{problem}: {what}: the expected gradient is exactly 0.");
        }

        for (int i = 0; i < expected.Length; i++)
        {
            double error = Math.Abs(expected[i] - actual[i]);
            if (!(error <= RelativeTolerance * scale))   // written so that NaN fails too
            {
                throw new InvalidOperationException(
                    $"{problem}: {what} disagree at component {i}: expected {expected[i]:R}, got {actual[i]:R} " +
                    $"(|difference| {error:E2} > {RelativeTolerance:E0} × {scale:E2}).");
            }
        }
    }

    /// <summary>Throws unless two function values agree to 1e-6 relative.</summary>
    public static void Agree(string problem, string what, double expected, double actual) =>
        Agree(problem, what, [expected], [actual]);
}
