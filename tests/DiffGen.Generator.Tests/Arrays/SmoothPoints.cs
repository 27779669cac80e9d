using System;
using DiffGen.Generator.Tests.Infrastructure;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Accepts a catalog case's point where the method is finite and, for every differentiated input, Richardson differences
    /// of the method with two steps (the checks' 1 % and a fifth of it) agree to well within the checks' tolerance: no kink,
    /// jump or change of an iteration count lies within the steps. Reads the method only, never its generated derivatives.
    /// Shared by the sweeps' catalogs (finance, statistics and signals, particles).
    /// </summary>
    public static class SmoothPoints
    {
        /// <summary>The acceptance test for the double case <paramref name="name"/>'s points.</summary>
        public static Func<object[], bool> Smooth(string name) => a => SmoothAt(CompiledCase.For(ArrayCaseCatalog.FindDouble(name)), a);

        private static bool SmoothAt(CompiledCase c, object[] a)
        {
            double f = c.Value(a);
            if (!double.IsFinite(f))
            {
                return false;
            }

            foreach (CaseParameter p in c.Differentiated)
            {
                if (p.Kind == ParameterKind.Scalar)
                {
                    if (!Agree(t => c.Value(Arguments.With(a, p.Position, t)), (double)a[p.Position], f))
                    {
                        return false;
                    }

                    continue;
                }

                var values = (double[])a[p.Position];
                for (int j = 0; j < values.Length; j++)
                {
                    int index = j;
                    if (!Agree(t => c.Value(Arguments.WithElement(a, p.Position, index, t)), values[j], f))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool Agree(Func<double, double> g, double x, double f)
        {
            double coarse = Richardson.Derivative(g, x);
            double fine = Richardson.Derivative(g, x, 2e-3);
            return double.IsFinite(coarse) && Math.Abs(coarse - fine) <= (1e-8 * Math.Abs(coarse)) + (1e-10 * Math.Max(1, Math.Abs(f)));
        }
    }
}
