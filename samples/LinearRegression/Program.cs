// Linear regression with compile-time gradients
// ==============================================
// We fit a straight line ŷ = m·x + b to eight points by gradient descent, as in the regression
// example of a calculus-for-machine-learning course. There the gradient comes from autograd at run
// time; here the DiffGen source generator reads two [Differentiable] methods when the project
// compiles and writes their derivative code for us:
//   QuadraticCost.Cost  the cost (m·x + b − y)² of one point;
//   BatchCost.Cost      the mean squared error over all points: one method with a for loop.
// For each it adds CostPartialM (∂C/∂m), CostPartialB (∂C/∂b) and CostGradient (the cost and both
// partials at once). BatchCost.CostGradient goes through the data once forwards, for the cost, and
// once backwards, for the partials. To see that code, look under obj/.../generated/ after a build.
//
// The program
//   1. prints the cost and its partials for the single point i = 7 and for the whole batch,
//      computed two ways (the separate partials and CostGradient), which must agree, and checks
//      that the batch partials are the means of the per-point partials;
//   2. runs 1,001 full-batch gradient-descent steps with learning rate 0.01 and prints a table;
//   3. saves fit.png (data and fitted line) and cost.png (cost per step).
//
// Usage: dotnet run [-- <output folder>]     (default: ./output)

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using LinearRegression;

// Print numbers the same way everywhere (1.5, not 1,5) — in this output and in the plots' axis labels.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

const double StartM = 0.9;
const double StartB = 0.1;
const double LearningRate = 0.01;
const int Steps = 1001; // the course's one step followed by its 1,000 epochs
const int PrintEvery = 100;

double[] xs = TrainingData.X;
double[] ys = TrainingData.Y;

// 1a. One point.
const int i = 7;
Console.WriteLine($"Single point i = {i}: x = {xs[i]}, y = {ys[i]}, line m = {StartM}, b = {StartB}");
double pointCost = QuadraticCost.Cost(StartM, StartB, xs[i], ys[i]);
double pointDM = QuadraticCost.CostPartialM(StartM, StartB, xs[i], ys[i]);
double pointDB = QuadraticCost.CostPartialB(StartM, StartB, xs[i], ys[i]);
double pointCostG = QuadraticCost.CostGradient(StartM, StartB, xs[i], ys[i], out double pointDMG, out double pointDBG);
PrintComparison("QuadraticCost.", pointCost, pointDM, pointDB, pointCostG, pointDMG, pointDBG);
Console.WriteLine();

// 1b. The whole batch, from the generated methods of BatchCost.Cost.
Console.WriteLine($"Whole batch ({xs.Length} points), mean squared error, line m = {StartM}, b = {StartB}");
double batchCost = BatchCost.Cost(StartM, StartB, xs, ys);
double batchDM = BatchCost.CostPartialM(StartM, StartB, xs, ys);
double batchDB = BatchCost.CostPartialB(StartM, StartB, xs, ys);
double batchCostG = BatchCost.CostGradient(StartM, StartB, xs, ys, out double batchDMG, out double batchDBG);
PrintComparison("BatchCost.", batchCost, batchDM, batchDB, batchCostG, batchDMG, batchDBG);

// Differentiation is linear: the derivative of a mean is the mean of the derivatives. So the
// batch partials must equal the means of the per-point partials of QuadraticCost.
double meanDM = 0, meanDB = 0;
for (int p = 0; p < xs.Length; p++)
{
    QuadraticCost.CostGradient(StartM, StartB, xs[p], ys[p], out double dM, out double dB);
    meanDM += dM / xs.Length;
    meanDB += dB / xs.Length;
}

double meanDifference = Math.Max(Math.Abs(batchDMG - meanDM), Math.Abs(batchDBG - meanDB));
Console.WriteLine($"  -> the means of the per-point QuadraticCost partials: {meanDM:F6}, {meanDB:F6} (largest difference {meanDifference:0.0e+0})");
Console.WriteLine();

// 2. Gradient descent.
Console.WriteLine($"Gradient descent: {Steps:N0} steps, learning rate {LearningRate}");
IReadOnlyList<TrainingStep> history = GradientDescent.Run(StartM, StartB, xs, ys, LearningRate, Steps);
Console.WriteLine($"{"step",6}  {"cost",12}  {"m",10}  {"b",10}");
foreach (TrainingStep s in history)
{
    if (s.Step % PrintEvery == 0 || s.Step == Steps)
    {
        Console.WriteLine($"{s.Step,6}  {s.Cost,12:F6}  {s.M,10:F6}  {s.B,10:F6}");
    }
}

Console.WriteLine();

// 3. Plots.
string outputDirectory = Path.GetFullPath(args.Length > 0 ? args[0] : "output");
Directory.CreateDirectory(outputDirectory);
Console.WriteLine("Wrote " + TrainingPlots.SaveFit(outputDirectory, xs, ys, history[0], history[^1]));
Console.WriteLine("Wrote " + TrainingPlots.SaveCost(outputDirectory, history));

// Prints the cost and both partials from the separate methods (named after prefix, the class)
// next to the same numbers from CostGradient, and checks that the two ways agree (up to rounding).
static void PrintComparison(
    string prefix,
    double cost, double dM, double dB,
    double costG, double dMG, double dBG)
{
    Console.WriteLine($"  {"",-34}  {"separately",12}  {"CostGradient",12}");
    Console.WriteLine($"  {"C      " + prefix + "Cost",-34}  {cost,12:F6}  {costG,12:F6}");
    Console.WriteLine($"  {"dC/dm  " + prefix + "CostPartialM",-34}  {dM,12:F6}  {dMG,12:F6}");
    Console.WriteLine($"  {"dC/db  " + prefix + "CostPartialB",-34}  {dB,12:F6}  {dBG,12:F6}");

    double largest = Math.Max(Math.Abs(cost - costG), Math.Max(Math.Abs(dM - dMG), Math.Abs(dB - dBG)));
    double scale = Math.Max(1.0, Math.Max(Math.Abs(cost), Math.Max(Math.Abs(dM), Math.Abs(dB))));
    string verdict = largest <= 1e-12 * scale ? "agree" : "DISAGREE";
    Console.WriteLine($"  -> the two ways {verdict} (largest difference {largest:0.0e+0})");
}
