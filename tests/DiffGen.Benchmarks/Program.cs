using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Running;
using DiffGen.Benchmarks.Problems;

namespace DiffGen.Benchmarks;

/// <summary>
/// Runs the benchmarks: generated vs hand-written vs finite-difference gradients, and the plain
/// function, for each problem; definite integrals by DiffGen against Math.NET Numerics. `dotnet run -c Release --project tests/DiffGen.Benchmarks` runs them
/// all; BenchmarkDotNet's own options follow `--` (e.g. `-- --filter '*Rosenbrock*'`).
/// </summary>
public static class Program
{
    /// <summary>Every benchmark class, checked before the run in this order.</summary>
    private static readonly Func<IChecked>[] Problems =
    [
        () => new RosenbrockBenchmarks(),
        () => new LinearRegressionBenchmarks(),
        () => new LogisticRegressionBenchmarks(),
        () => new PerceptronBenchmarks(),
        () => new SoftmaxCrossEntropyBenchmarks(),
        () => new HimmelblauBealeBenchmarks(),
        () => new WeightedLeastSquaresBenchmarks(),
        () => new GmmBenchmarks(),
        () => new IntegralBenchmarks<PolynomialProblem>(),
        () => new IntegralBenchmarks<ExpSinProblem>(),
        () => new IntegralBenchmarks<InverseSqrtProblem>(),
        () => new IntegralBenchmarks<GaussianProblem>(),
        () => new IntegralBenchmarks<XSinXProblem>(),
    ];

    public static int Main(string[] args)
    {
        // A benchmark of a wrong gradient is worthless: check every gradient on the benchmarks' own
        // data first, and measure nothing if one disagrees.
        foreach (Func<IChecked> create in Problems)
        {
            IChecked problem = create();
            problem.Setup();
            try
            {
                problem.Check();
            }
            catch (InvalidOperationException disagreement)
            {
                Console.Error.WriteLine($"Not measuring anything: {disagreement.Message}");
                return 2;
            }

            Console.WriteLine($"{problem.Label}: {problem.Agreement}.");
        }

        // With no arguments run everything, rather than BenchmarkDotNet's interactive prompt.
        string[] switcherArgs = args.Length == 0 ? ["--filter", "*"] : args;
        IEnumerable<BenchmarkDotNet.Reports.Summary> summaries =
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs, BenchmarkConfig.Create());

        var list = summaries.ToList();
        RatioReport.Print(list, Console.Out);
        IntegralReport.Print(list, Console.Out);
        return list.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
