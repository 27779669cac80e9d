using System;
using DiffGen;

namespace Optimization;

/// <summary>The two objectives; DiffGen writes their gradients when the project compiles.</summary>
public static partial class Functions
{
    /// <summary>
    /// Rosenbrock's banana function (1 − x)² + 100·(y − x²)², minimum 0 at (1, 1) at the end of a
    /// long, curved, nearly flat valley: the classic test of an optimizer's steps. DiffGen writes
    /// <c>RosenbrockGradient(x, y, out dX, out dY)</c>.
    /// </summary>
    [Differentiable]
    public static double Rosenbrock(double x, double y)
    {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * b * b;
    }

    /// <summary>
    /// Logistic regression: the mean cross-entropy of p = σ(w·xᵢ + b) against labels yᵢ ∈ {0, 1},
    /// plus a small ridge penalty ½λ|w|² that keeps the minimum finite. Row i of the design matrix is
    /// <c>xs[i·d .. i·d + d − 1]</c> with d = w.Length. The loss of one sample is written
    /// softplus(z) − y·z (the same value as −[y·ln p + (1 − y)·ln(1 − p)]), with softplus in the form
    /// that never overflows. DiffGen writes <c>LossGradient(w, b, xs, ys, lambda, Span dW, out dB)</c>.
    /// </summary>
    [Differentiable("w", "b")]
    public static double Loss(double[] w, double b, double[] xs, double[] ys, double lambda)
    {
        int d = w.Length;
        double sum = 0;
        for (int i = 0; i < ys.Length; i++)
        {
            double z = b;
            for (int j = 0; j < d; j++)
            {
                z += w[j] * xs[i * d + j];
            }

            double softplus = z >= 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            sum += softplus - ys[i] * z;
        }

        double penalty = 0;
        for (int j = 0; j < d; j++)
        {
            penalty += w[j] * w[j];
        }

        return sum / ys.Length + 0.5 * lambda * penalty;
    }
}
