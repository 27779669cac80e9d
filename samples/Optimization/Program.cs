// Generated gradients in an off-the-shelf optimizer
// =================================================
// Optimizers such as BFGS take an objective over one parameter vector and its gradient. Here the
// gradients come from DiffGen: two [Differentiable] methods (Functions.cs), Rosenbrock's function
// of two numbers and a logistic-regression loss over a weight array and a bias, get their
// RosenbrockGradient and LossGradient written when the project compiles, and DiffGen's FlatVector
// adapters turn them into functions of one double[] that MathNet.Numerics' BfgsMinimizer can call.
// The same optimizer then runs again with central finite differences instead, the usual fallback
// when no gradient is at hand, which costs 2n + 1 function calls per gradient for n parameters.
//
// The program
//   1. checks both generated gradients with DiffGen.GradientCheck;
//   2. minimizes Rosenbrock's function from (−1.2, 1) with BFGS, with both kinds of gradient;
//   3. trains a logistic regression (2,000 samples, 20 features, 21 parameters) the same way;
//   4. prints iterations, evaluations, function calls and time for each run;
//   5. saves rosenbrock-path.png: the points BFGS visited on the contours of Rosenbrock's function.
//
// Usage: dotnet run --project samples/Optimization [-- <output folder>]     (default: ./output)

using System;
using System.Globalization;
using System.IO;
using DiffGen;
using MathNet.Numerics.Optimization;
using Optimization;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // print 1.5, not 1,5

const int Repeats = 3; // each time is the best of 3 runs

// The objectives over one flat vector. Rosenbrock has two scalar parameters, so FlatVector adapts the
// plain method and its generated gradient directly.
var rosenbrock = new Objective(
    "Rosenbrock",
    FlatVector.Function(Functions.Rosenbrock),
    FlatVector.Gradient(Functions.RosenbrockGradient));

// Logistic regression: the vector is (w₀, …, w₁₉, b); w is a work array the vector is copied into.
const int Samples = 2000, Features = 20;
const double Lambda = 1e-3;
(double[] xs, double[] ys) = LogisticData.Make(Samples, Features, new Random(7));
var w = new double[Features];
var logistic = new Objective(
    "Logistic regression",
    v =>
    {
        int at = FlatVector.Unpack(v, 0, w);
        return Functions.Loss(w, v[at], xs, ys, Lambda);
    },
    (v, g) =>
    {
        int at = FlatVector.Unpack(v, 0, w);
        return Functions.LossGradient(w, v[at], xs, ys, Lambda, g.AsSpan(0, at), out g[at]);
    });

// 1. Check the generated gradients before trusting them.
double[] rosenbrockStart = [-1.2, 1];
var logisticStart = new double[Features + 1];
Console.WriteLine("Gradient checks (generated gradient vs Richardson-extrapolated central differences):");
Console.WriteLine("  Rosenbrock at (-1.2, 1): " + FirstLine(GradientCheck.Run(
    FlatVector.Function(Functions.Rosenbrock), FlatVector.Gradient(Functions.RosenbrockGradient), rosenbrockStart)));
Console.WriteLine("  Logistic regression at 0: " + FirstLine(GradientCheck.Run(
    v => Functions.Loss(Weights(v), v[Features], xs, ys, Lambda),
    (v, g) => Functions.LossGradient(Weights(v), v[Features], xs, ys, Lambda, g.AsSpan(0, Features), out g[Features]),
    logisticStart,
    new GradientCheckOptions { Names = i => i < Features ? $"w[{i}]" : "b" })));
Console.WriteLine();

// 2. Rosenbrock with BFGS.
Func<IUnconstrainedMinimizer> bfgs = () => new BfgsMinimizer(1e-8, 1e-12, 1e-12, 1000);
(Run rosenbrockGenerated, Run rosenbrockFinite) = Runner.Compare(rosenbrock, rosenbrockStart, bfgs, Repeats);
Report("Rosenbrock (1 − x)² + 100·(y − x²)² from (−1.2, 1), BFGS, |∇f| < 1e-8", 2, rosenbrockGenerated, rosenbrockFinite);

// 3. Logistic regression with BFGS.
(Run logisticGenerated, Run logisticFinite) = Runner.Compare(logistic, logisticStart, bfgs, Repeats);
Report($"Logistic regression, {Samples} samples × {Features} features + bias, from 0, BFGS, |∇f| < 1e-8", Features + 1, logisticGenerated, logisticFinite);
double accuracy = LogisticData.Accuracy(logisticGenerated.Minimum, xs, ys);
Console.WriteLine($"  training accuracy of the fitted model: {accuracy:P1}");
Console.WriteLine();

// 4. The picture.
string outputDirectory = Path.GetFullPath(args.Length > 0 ? args[0] : "output");
Directory.CreateDirectory(outputDirectory);
Console.WriteLine("Wrote " + Plots.SaveRosenbrockPath(outputDirectory, rosenbrockGenerated, rosenbrockFinite));

double[] Weights(double[] v)
{
    FlatVector.Unpack(v, 0, w);
    return w;
}

static string FirstLine(GradientCheckResult check) => check.ToString().Split('\n')[0];

static void Report(string title, int parameters, Run generated, Run finite)
{
    Console.WriteLine(title);
    Console.WriteLine($"  {"gradient",-18}  {"iterations",10}  {"evaluations",11}  {"function calls",14}  {"gradient calls",14}  {"time",10}  {"f at the end",13}  exit");
    foreach (Run run in new[] { generated, finite })
    {
        Console.WriteLine(
            $"  {run.Gradient,-18}  {run.Iterations,10}  {run.Evaluations,11}  {run.FunctionCalls,14}  {run.GradientCalls,14}  " +
            $"{run.Time.TotalMilliseconds,7:F2} ms  {run.Value,13:G7}  {run.Exit}");
    }

    double distance = 0;
    for (int i = 0; i < parameters; i++)
    {
        distance = Math.Max(distance, Math.Abs(generated.Minimum[i] - finite.Minimum[i]));
    }

    Console.WriteLine(
        $"  generated gradients: {finite.Time / generated.Time:F1}× faster; " +
        $"{finite.FunctionCalls} function calls replaced by {generated.GradientCalls} gradient calls; " +
        $"the two minima differ by at most {distance:0.0e+0} in any coordinate");
    Console.WriteLine();
}
