using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.Benchmarks.Problems;

namespace DiffGen.Benchmarks;

/// <summary>
/// Problem 8, ADBench's Gaussian-mixture objective at d = 10, k = 25, n = 1,000: 1,650 parameters in
/// alphas[25], means[250] and icf[1,375]; the Wishart prior with γ = 1 and m = 0.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory(Categories.Gmm)]
public class GmmBenchmarks : IChecked
{
    private const int D = 10;
    private const int K = 25;
    private const int N = 1000;
    private const double Gamma = 1;
    private const int M = 0;

    private double[] alphas = [];
    private double[] means = [];
    private double[] icf = [];
    private double[] x = [];

    // The gradient outputs, allocated once so that the benchmarks measure only the gradients.
    private double[] dAlphas = [];
    private double[] dMeans = [];
    private double[] dIcf = [];

    [GlobalSetup]
    public void Setup()
    {
        (alphas, means, icf, x) = Gmm.Data(D, K, N, new Random(9));
        dAlphas = new double[alphas.Length];
        dMeans = new double[means.Length];
        dIcf = new double[icf.Length];
    }

    public void Check()
    {
        // The flat vector is (alphas, means, icf); the probe arrays hold it as the methods take it.
        // 1,650 entries, each evaluation ~2 ms: two Richardson levels (4 calls per entry) instead of five.
        const string problem = Categories.Gmm;
        const int Levels = 2;
        double[] pAlphas = new double[alphas.Length], pMeans = new double[means.Length], pIcf = new double[icf.Length];
        int atMeans = alphas.Length, atIcf = atMeans + means.Length;
        double[] point = [.. alphas, .. means, .. icf];
        Func<double[], double> function = p =>
        {
            Load(p);
            return Gmm.Objective(pAlphas, pMeans, pIcf, x, D, Gamma, M);
        };
        Checks.Gradient(
            problem, "generated", function,
            (p, g) =>
            {
                Load(p);
                return Gmm.ObjectiveGradient(pAlphas, pMeans, pIcf, x, D, Gamma, M, g.AsSpan(0, atMeans), g.AsSpan(atMeans, means.Length), g.AsSpan(atIcf, icf.Length));
            },
            point,
            Levels);
        Checks.Gradient(
            problem, "hand-written", function,
            (p, g) =>
            {
                Load(p);
                return Gmm.HandGradient(pAlphas, pMeans, pIcf, x, D, Gamma, M, g.AsSpan(0, atMeans), g.AsSpan(atMeans, means.Length), g.AsSpan(atIcf, icf.Length));
            },
            point,
            Levels);
        Checks.Gradient(
            problem, "finite-difference", function,
            (p, g) =>
            {
                Load(p);
                Gmm.FiniteDifferenceGradient(pAlphas, pMeans, pIcf, x, D, Gamma, M, g.AsSpan(0, atMeans), g.AsSpan(atMeans, means.Length), g.AsSpan(atIcf, icf.Length));
                return function(p);
            },
            point,
            Levels);

        void Load(double[] p)
        {
            FlatVector.Unpack(p, FlatVector.Unpack(p, FlatVector.Unpack(p, 0, pAlphas), pMeans), pIcf);
        }
    }

    [Benchmark]
    public double Function() => Gmm.Objective(alphas, means, icf, x, D, Gamma, M);

    [Benchmark]
    public double Generated() => Gmm.ObjectiveGradient(alphas, means, icf, x, D, Gamma, M, dAlphas, dMeans, dIcf);

    [Benchmark(Baseline = true)]
    public double HandWritten() => Gmm.HandGradient(alphas, means, icf, x, D, Gamma, M, dAlphas, dMeans, dIcf);

    [Benchmark]
    public double FiniteDifferences()
    {
        Gmm.FiniteDifferenceGradient(alphas, means, icf, x, D, Gamma, M, dAlphas, dMeans, dIcf);
        return dAlphas[0];
    }
}
