using System;
using System.Globalization;
using SigmoidNeuron;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
double[] xs = [0.2,0.5,0.8,1.1,1.2,1.8,1.9,2.2,2.5,2.8];
double[] ys = [0,0,0,1,0,1,0,1,1,1];
double w0 = double.Parse(args[0]), b0 = double.Parse(args[1]), lr = double.Parse(args[2]);
int epochs = int.Parse(args[3]), every = int.Parse(args[4]);
var q = Training.Run("Q", Model.QuadraticCostGradient, w0, b0, xs, ys, lr, epochs, every);
var c = Training.Run("CE", Model.CrossEntropyCostGradient, w0, b0, xs, ys, lr, epochs, every);
Console.WriteLine($"{-q.B / q.W} {-c.B / c.W}");
