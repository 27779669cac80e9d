// A sigmoid neuron with compile-time gradients
// ===========================================
// One neuron a = σ(w·x + b) learns to say 1 for large x and 0 for small x. The model is written as
// small methods that call each other (Model.cs): CrossEntropyCost and QuadraticCost call Neuron,
// which calls Sigmoid, and Sigmoid has a branch. All four are [Differentiable], so DiffGen writes
// their derivatives when the project compiles; the generated cost gradients apply the chain rule
// through the generated NeuronGradient and SigmoidGradient. There is no hand-written derivative
// anywhere in this program. To read the generated code, look under obj/.../generated/ after a build.
//
// The program
//   1. checks the generated gradients against numerical derivatives at one point (DiffGen.GradientCheck);
//   2. trains two neurons from the same bad start, one on each cost, and prints their progress;
//   3. prints the learned decision boundaries and why cross-entropy got there sooner.
//
// Usage: dotnet run

using System;
using System.Globalization;
using DiffGen;
using SigmoidNeuron;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // print 1.5, not 1,5

// Ten points on a line with label 1 to the right of about x = 1.5, and one mislabelled point on
// each side of it (x = 1.1 and x = 1.9), so no threshold gets more than 80 % right.
double[] xs = [0.2, 0.5, 0.8, 1.1, 1.2, 1.8, 1.9, 2.2, 2.5, 2.8];
double[] ys = [0, 0, 0, 1, 0, 1, 0, 1, 1, 1];

// A bad start: with w < 0 the neuron says 1 for small x and 0 for large x, confidently wrong.
const double StartW = -3;
const double StartB = 3;
const double LearningRate = 1.0;
const int Epochs = 500;
const int PrintEvery = 50;

// 1. Gradient check at the start, for the first point. DiffGen.GradientCheck compares each generated
// gradient, entry by entry, with central differences of the cost refined by Richardson extrapolation,
// and reports the largest relative error and where it is. Here the vector is (w, b).
double x0 = xs[0], y0 = ys[0];
double[] start = [StartW, StartB];
var named = new GradientCheckOptions { Names = k => k == 0 ? "w" : "b" };
Console.WriteLine($"Gradient check at w = {StartW}, b = {StartB}, point x = {x0}, y = {y0}");
PrintCheck("Quadratic cost", GradientCheck.Run(
    v => Model.QuadraticCost(v[0], v[1], x0, y0),
    (v, g) => Model.QuadraticCostGradient(v[0], v[1], x0, y0, out g[0], out g[1]),
    start,
    named));
PrintCheck("Cross-entropy cost", GradientCheck.Run(
    v => Model.CrossEntropyCost(v[0], v[1], x0, y0),
    (v, g) => Model.CrossEntropyCostGradient(v[0], v[1], x0, y0, out g[0], out g[1]),
    start,
    named));
Console.WriteLine();

// 2. Training: same data, same start, same learning rate; only the cost differs.
Console.WriteLine($"Gradient descent: {Epochs} epochs, learning rate {LearningRate}, start w = {StartW}, b = {StartB}");
Console.WriteLine();
(double qW, double qB) = Training.Run(
    "Quadratic cost ½(a − y)²", Model.QuadraticCostGradient, StartW, StartB, xs, ys, LearningRate, Epochs, PrintEvery);
(double cW, double cB) = Training.Run(
    "Cross-entropy cost −[y·ln a + (1 − y)·ln(1 − a)]", Model.CrossEntropyCostGradient, StartW, StartB, xs, ys, LearningRate, Epochs, PrintEvery);

// 3. The neuron says 1 where w·x + b ≥ 0, i.e. to the right of x = −b/w (for w > 0).
Console.WriteLine("Learned decision boundary x = −b/w:");
Console.WriteLine($"  quadratic cost      x = {-qB / qW:F4}");
Console.WriteLine($"  cross-entropy cost  x = {-cB / cW:F4}");
Console.WriteLine();

// σ′(z) at the start, averaged over the points, from the generated SigmoidPartialZ.
double meanSlope = 0;
foreach (double x in xs)
{
    meanSlope += Model.SigmoidPartialZ(StartW * x + StartB) / xs.Length;
}

Console.WriteLine("Why cross-entropy learns faster from a bad start: per point, the quadratic cost's gradient is");
Console.WriteLine("(a − y)·σ′(z)·(x, 1), and σ′(z) = a(1 − a) is small when the neuron is confidently wrong");
Console.WriteLine($"(at the start it averages {meanSlope:F3} over the points, at most 0.25), so the steps are small");
Console.WriteLine("exactly when the error is large. For cross-entropy the σ′ factor cancels and the gradient is");
Console.WriteLine("(a − y)·(x, 1): the further off the neuron is, the bigger the step.");

// The report of one check, indented under a title.
static void PrintCheck(string title, GradientCheckResult check) =>
    Console.WriteLine($"  {title}: " + check.ToString().Replace("\n", "\n    ", StringComparison.Ordinal));
