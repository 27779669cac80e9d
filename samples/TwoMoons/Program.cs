// Backpropagation generated at compile time: a small neural network learns two moons
// ==================================================================================
// Two hundred points in the plane lie on two interleaving half circles, the "two moons", one class
// per moon. No straight line separates them, so a single neuron cannot classify them; a network
// with one hidden layer can. Ours has 2 inputs (the point's coordinates x1, x2), 16 tanh hidden
// units and 1 sigmoid output, the probability that the point is in class 1: 65 parameters.
//
// Its loss, the mean cross-entropy over all points, is one [Differentiable] method with loops over
// flat parameter arrays (Network.Loss in Network.cs). When the project compiles, DiffGen reads it and
// writes Network.LossGradient, which returns the loss and writes ∂L/∂θ for every parameter θ: for
// each point it runs the network forwards, then backwards, output layer before hidden layer,
// applying the chain rule at each step. That is backpropagation, and no derivative in this program
// is written by hand. The generated code is a file under obj/ after a build (path below).
//
// The program
//   1. makes the data set (fixed random seed: every run is the same);
//   2. checks the generated gradient at the random start against central finite differences refined
//      by Richardson extrapolation (DiffGen.GradientCheck);
//   3. trains by full-batch gradient descent and prints the loss and accuracy as it goes;
//   4. saves loss.png (loss per epoch) and decision-boundary.png (the network's probability of
//      class 1 over the plane, with the data on top).
//
// Usage: dotnet run --project samples/TwoMoons [-- <output folder>]     (default: ./output)
// Generated code: samples/TwoMoons/obj/Debug/net10.0/generated/DiffGen.Generator/
//                 DiffGen.Generator.DifferentiableGenerator/TwoMoons.Network.Loss(...)_….g.cs

using System;
using DiffGen;
using System.Globalization;
using System.IO;
using TwoMoons;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // print 1.5, not 1,5

const int Seed = 2;                 // this start says "class 1" for most points: 27 % right at first
const int PointsPerMoon = 100;
const double Noise = 0.2;           // enough that the moons touch; no boundary gets every point right
const int Hidden = 16;
const double LearningRate = 2.0;    // chosen by trying a few: larger steps learn faster, until they overshoot
const int Epochs = 1000;
const int PrintEvery = 100;

// 1. Data.
var random = new Random(Seed);
Dataset data = Dataset.Moons(PointsPerMoon, Noise, random);
Console.WriteLine($"Two moons: {data.Count} points, noise {Noise}, random seed {Seed}");
Console.WriteLine();

// 2. A random start, and a check of the generated gradient there.
Parameters p = Parameters.Random(Hidden, random);
Console.WriteLine($"Network 2 → {Hidden} tanh → 1 sigmoid, {p.Count} parameters. Gradient check at the random start:");
// The check works on one flat vector x = (w1, b1, w2, b2); probe holds x as the network's arrays.
var probe = new Parameters(Hidden);
GradientCheckResult check = GradientCheck.Run(
    x =>
    {
        probe.Load(x);
        return Network.Loss(probe.W1, probe.B1, probe.W2, probe.B2, data.X1, data.X2, data.Y);
    },
    (x, g) =>
    {
        probe.Load(x);
        int b1 = probe.W1.Length, w2 = b1 + probe.B1.Length, b2 = w2 + probe.W2.Length;
        return Network.LossGradient(
            probe.W1, probe.B1, probe.W2, probe.B2, data.X1, data.X2, data.Y,
            g.AsSpan(0, b1), g.AsSpan(b1, w2 - b1), g.AsSpan(w2, b2 - w2), out g[b2]);
    },
    p.ToVector(),
    new GradientCheckOptions { Names = probe.NameOf });
Console.WriteLine("  " + check.ToString().Replace("\n", "\n  ", StringComparison.Ordinal));
Console.WriteLine();

// 3. Training.
Console.WriteLine($"Full-batch gradient descent: {Epochs} epochs, learning rate {LearningRate}");
double[] losses = Training.Run(p, data, LearningRate, Epochs, PrintEvery);
Console.WriteLine();

// 4. Plots.
string outputDirectory = Path.GetFullPath(args.Length > 0 ? args[0] : "output");
Directory.CreateDirectory(outputDirectory);
Console.WriteLine("Wrote " + TrainingPlots.SaveLoss(outputDirectory, losses));
Console.WriteLine("Wrote " + TrainingPlots.SaveDecisionBoundary(outputDirectory, p, data));
