using System;

namespace DiffGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// The independent oracle: central finite differences refined by Richardson extrapolation.
    /// Central differences D(h) have error c₁h² + c₂h⁴ + ...; combining D(h), D(h/2), D(h/4), ...
    /// in a Neville tableau cancels those terms one by one, leaving an error near round-off.
    /// </summary>
    public static class Richardson
    {
        private const int Levels = 5;

        public static double Derivative(Func<double, double> f, double x, double relativeStep = 1e-2)
        {
            double h = relativeStep * Math.Max(1, Math.Abs(x));
            var table = new double[Levels, Levels];
            for (int i = 0; i < Levels; i++)
            {
                table[i, 0] = (f(x + h) - f(x - h)) / (2 * h);
                double factor = 4;
                for (int j = 1; j <= i; j++)
                {
                    table[i, j] = table[i, j - 1] + ((table[i, j - 1] - table[i - 1, j - 1]) / (factor - 1));
                    factor *= 4;
                }

                h /= 2;
            }

            return table[Levels - 1, Levels - 1];
        }
    }
}
