using System;

namespace DiffGen.Benchmarks;

/// <summary>
/// The step of the central difference (f(p + h) − f(p − h)) / 2h used by every problem.
/// </summary>
internal static class FiniteDifferences
{
    /// <summary>
    /// h = 1e-5 · max(1, |p|). Central differences err by ~h²·f‴/6 (truncation) plus ~ε·|f|/h
    /// (rounding); h near ε^(1/3) ≈ 6e-6, scaled with p, keeps both near 1e-10, far below the
    /// 1e-6 the checks allow.
    /// </summary>
    public static double Step(double p) => 1e-5 * Math.Max(1, Math.Abs(p));
}
