namespace DiffGen.Benchmarks;

/// <summary>
/// One BenchmarkDotNet category per problem: the summary groups by category, so each problem gets
/// its own block, with ratios against that problem's hand-written gradient (the baseline). The
/// numbers keep the problems in the order in the table.
/// </summary>
internal static class Categories
{
    public const string Rosenbrock = "1 Rosenbrock";
    public const string LinearRegression = "2 LinearRegression";
    public const string LogisticRegression = "3 LogisticRegression";
    public const string Perceptron = "4 Perceptron";
    public const string SoftmaxCrossEntropy = "5 SoftmaxCrossEntropy";
    public const string HimmelblauBeale = "6 HimmelblauBeale";
    public const string WeightedLeastSquares = "7 WeightedLeastSquares";
    public const string Gmm = "8 Gmm";

    /// <summary>Not a problem: why Span.Clear() before Math calls is slow here (see ZeroingThenExpBenchmarks).</summary>
    public const string ZeroingThenExp = "9 ZeroingThenExp";

    /// <summary>Not a gradient: definite integrals, DiffGen against Math.NET Numerics (see IntegralBenchmarks).</summary>
    public const string Integrals = "10 Integrals";

    /// <summary>The benchmark method names every problem uses; the ratio report looks them up.</summary>
    public const string Function = "Function";
    public const string Generated = "Generated";
    public const string HandWritten = "HandWritten";
    public const string FiniteDifferences = "FiniteDifferences";
}
