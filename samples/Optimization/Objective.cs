using System;
using System.Collections.Generic;
using System.Diagnostics;
using DiffGen;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Optimization;

/// <summary>
/// One objective over a flat parameter vector, handed to MathNet in two ways: with the gradient
/// DiffGen generated, or with central finite differences of the function (what one does without
/// it). Counts every call and records every point the optimizer asks about.
/// </summary>
public sealed class Objective
{
    private readonly Func<double[], double> function;
    private readonly GradientFunction gradient;

    public Objective(string name, Func<double[], double> function, GradientFunction gradient)
    {
        Name = name;
        this.function = function;
        this.gradient = gradient;
    }

    public string Name { get; }

    /// <summary>Calls of the plain function, including the 2n of each finite-difference gradient.</summary>
    public int FunctionCalls { get; private set; }

    /// <summary>Calls of the generated gradient (each also returns the value).</summary>
    public int GradientCalls { get; private set; }

    /// <summary>Every point at which the optimizer evaluated the objective, with the value there.</summary>
    public List<(double[] Point, double Value)> Evaluations { get; } = [];

    /// <summary>The objective with the generated gradient: one generated call gives value and gradient.</summary>
    public IObjectiveFunction WithGeneratedGradient()
    {
        Func<double[], (double Value, double[] Gradient)> both = FlatVector.ValueAndGradientOf(gradient);
        return ObjectiveFunction.Gradient(v =>
        {
            double[] x = v.ToArray();
            (double value, double[] g) = both(x);
            GradientCalls++;
            Evaluations.Add((x, value));
            return (value, Vector<double>.Build.Dense(g));
        });
    }

    /// <summary>
    /// The objective with central differences (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / 2hᵢ, hᵢ = 6e-6·max(1, |xᵢ|)
    /// (about the cube root of the machine epsilon, which balances truncation and round-off):
    /// 2n + 1 function calls per gradient.
    /// </summary>
    public IObjectiveFunction WithFiniteDifferences()
    {
        return ObjectiveFunction.Gradient(v =>
        {
            double[] x = v.ToArray();
            double value = Call(x);
            var g = new double[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                double saved = x[i], h = 6e-6 * Math.Max(1, Math.Abs(saved));
                x[i] = saved + h;
                double plus = Call(x);
                x[i] = saved - h;
                double minus = Call(x);
                x[i] = saved;
                g[i] = (plus - minus) / (2 * h);
            }

            Evaluations.Add((x, value));
            return (value, Vector<double>.Build.Dense(g));
        });
    }

    /// <summary>Forgets the counts and the recorded points.</summary>
    public void Reset()
    {
        FunctionCalls = 0;
        GradientCalls = 0;
        Evaluations.Clear();
    }

    private double Call(double[] x)
    {
        FunctionCalls++;
        return function(x);
    }
}

/// <summary>What one optimizer run did.</summary>
public sealed record Run(
    string Gradient, int Iterations, int Evaluations, int FunctionCalls, int GradientCalls,
    TimeSpan Time, double[] Minimum, double Value, string Exit, List<(double[] Point, double Value)> Path);

/// <summary>Runs MathNet's BFGS on an objective with both kinds of gradient and times it.</summary>
public static class Runner
{
    /// <summary>
    /// Minimizes from <paramref name="start"/> with the generated gradient and with finite
    /// differences; the time is the best of <paramref name="repeats"/> runs (the first run also
    /// pays for the JIT).
    /// </summary>
    public static (Run Generated, Run Finite) Compare(
        Objective objective, double[] start, Func<IUnconstrainedMinimizer> minimizer, int repeats)
    {
        Run generated = Minimize(objective, "generated", start, minimizer, o => o.WithGeneratedGradient(), repeats);
        Run finite = Minimize(objective, "finite differences", start, minimizer, o => o.WithFiniteDifferences(), repeats);
        return (generated, finite);
    }

    private static Run Minimize(
        Objective objective, string gradient, double[] start, Func<IUnconstrainedMinimizer> minimizer,
        Func<Objective, IObjectiveFunction> make, int repeats)
    {
        TimeSpan best = TimeSpan.MaxValue;
        MinimizationResult? result = null;
        string exit = string.Empty;
        for (int r = 0; r < repeats; r++)
        {
            objective.Reset();
            IObjectiveFunction function = make(objective);
            var stopwatch = Stopwatch.StartNew();
            try
            {
                result = minimizer().FindMinimum(function, Vector<double>.Build.Dense(start));
                exit = result.ReasonForExit.ToString();
            }
            catch (Exception e) when (e is MaximumIterationsException or InnerOptimizationException)
            {
                result = null;
                exit = "failed: " + e.Message;
            }

            stopwatch.Stop();
            best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
        }

        var path = new List<(double[] Point, double Value)>(objective.Evaluations);
        (double[] last, double lastValue) = path[^1];
        return new Run(
            gradient,
            result?.Iterations ?? -1,
            path.Count,
            objective.FunctionCalls,
            objective.GradientCalls,
            best,
            result?.MinimizingPoint.ToArray() ?? last,
            result?.FunctionInfoAtMinimum.Value ?? lastValue,
            exit,
            path);
    }
}
