using System;
using DiffGen;

namespace SigmoidNeuron;

/// <summary>
/// A single sigmoid neuron a = σ(w·x + b) and two costs for one training point (x, y).
/// Every method is [Differentiable]: DiffGen adds <c>SigmoidGradient</c>, <c>NeuronGradient</c>,
/// <c>QuadraticCostGradient</c> and <c>CrossEntropyCostGradient</c> (and the single partials) to
/// this partial class at compile time. A cost calls <see cref="Neuron"/>, which calls
/// <see cref="Sigmoid"/>; the generated gradients apply the chain rule through those calls.
/// </summary>
public static partial class Model
{
    /// <summary>
    /// The logistic function σ(z) = 1 / (1 + e^−z), in the numerically stable piecewise form:
    /// each branch only ever takes e to a non-positive power, so nothing overflows.
    /// </summary>
    [Differentiable]
    public static double Sigmoid(double z) =>
        z >= 0
            ? 1 / (1 + Math.Exp(-z))
            : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>The neuron's output (its activation) for input x: σ(w·x + b). x is data, not differentiated.</summary>
    [Differentiable("w", "b")]
    public static double Neuron(double w, double b, double x) => Sigmoid(w * x + b);

    /// <summary>Quadratic cost ½(a − y)² of one point, with a = Neuron(w, b, x).</summary>
    [Differentiable("w", "b")]
    public static double QuadraticCost(double w, double b, double x, double y)
    {
        double error = Neuron(w, b, x) - y;
        return 0.5 * error * error;
    }

    /// <summary>Cross-entropy cost −[y·ln a + (1 − y)·ln(1 − a)] of one point, with a = Neuron(w, b, x).</summary>
    [Differentiable("w", "b")]
    public static double CrossEntropyCost(double w, double b, double x, double y)
    {
        // Keep a inside [1e-12, 1 − 1e-12] so that neither logarithm sees 0.
        double a = Math.Min(Math.Max(Neuron(w, b, x), 1e-12), 1 - 1e-12);
        return -(y * Math.Log(a) + (1 - y) * Math.Log(1 - a));
    }
}
