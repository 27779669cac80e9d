using System;

namespace DiffGen.Fuzz.Oracle
{
    /// <summary>
    /// The n-point Gauss–Legendre rule on [−1, 1], its nodes found by Newton's method on the Legendre
    /// polynomial Pₙ (three-term recurrence) from Tricomi's initial guesses, its weights 2/((1 − x²)·Pₙ′(x)²).
    /// Computed here rather than copied from a table, and sharing nothing with DiffGen's runtime Gauss–Kronrod
    /// rule: the reference integrals the fuzzer checks <c>MIntegral</c> against must not repeat its mistakes.
    /// </summary>
    public sealed class GaussLegendre
    {
        public static readonly GaussLegendre Twenty = new GaussLegendre(20);

        public GaussLegendre(int n)
        {
            Nodes = new double[n];
            Weights = new double[n];
            for (int i = 0; i < n; i++)
            {
                double x = Math.Cos(Math.PI * (i + 0.75) / (n + 0.5));
                double derivative = 0;
                for (int iteration = 0; iteration < 100; iteration++)
                {
                    (double p, double dp) = Legendre(n, x);
                    derivative = dp;
                    double step = p / dp;
                    x -= step;
                    if (Math.Abs(step) < 1e-16)
                    {
                        break;
                    }
                }

                derivative = Legendre(n, x).Derivative;
                Nodes[i] = x;
                Weights[i] = 2 / ((1 - (x * x)) * derivative * derivative);
            }
        }

        public double[] Nodes { get; }

        public double[] Weights { get; }

        /// <summary>Pₙ(x) and Pₙ′(x) by (k + 1)·Pₖ₊₁ = (2k + 1)·x·Pₖ − k·Pₖ₋₁ and (1 − x²)·Pₙ′ = n·(Pₙ₋₁ − x·Pₙ).</summary>
        private static (double Value, double Derivative) Legendre(int n, double x)
        {
            double previous = 1, current = x;
            for (int k = 1; k < n; k++)
            {
                double next = (((2 * k) + 1) * x * current - (k * previous)) / (k + 1);
                previous = current;
                current = next;
            }

            return (current, n * (previous - (x * current)) / (1 - (x * x)));
        }
    }
}
