using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The finance, time-series and signal-processing sweep: models as a quant or an engineer writes them in a notebook
    /// (GARCH and GJR-GARCH likelihoods with their variance recursions, AR(p) and ARMA(1,1) residual recursions, exponential
    /// smoothing, Holt and Holt–Winters with a seasonal array updated in place, Kalman filters, a Hamilton regime filter,
    /// Black–Scholes through a [Differentiable] normal CDF, implied volatility and yield to maturity by Newton's method in a
    /// while or do-while with a tolerance and a cap, binomial trees with early exercise by Math.Max in place, Monte-Carlo
    /// averages over given normals, portfolio variance over a flat covariance, Sharpe, Sortino, drawdown, CVaR, risk parity,
    /// IIR, FIR, Goertzel and DFT filters, a Cox partial likelihood, pinball and Student-t losses). Each uses only what
    /// docs/supported.md calls supported, except the few listed in KnownBugs.NotSupportedYet, whose decline is checked.
    /// Where a method has kinks (Math.Max, Math.Abs, a ternary) its points are drawn where Richardson differences of the
    /// method itself, with two different steps, agree (<see cref="Smooth"/>): the filter reads the method only, never the
    /// generated code.
    /// </summary>
    public static class FinanceSeriesCases
    {
        public static readonly ArrayCase[] All =
        {
            // The smallest shape of Holt–Winters' seasonal update: an element read into a local, then overwritten, at an
            // index held in an integer local the body declares first (int s = t % period;). Was DIFF015 ("Reading an
            // element of the local array 'season' into a value that the same loop iteration overwrites afterwards"): the
            // reverse sweep puts the iteration's overwritten elements back before it computes the iteration's locals again,
            // so an index that read such a local could not be written there; it is now written with the local's value.
            new ArrayCase("FsSeasonIndexLocalMinimal", """
                [Differentiable("g", "y")]
                public static double FsSeasonIndexLocalMinimal(double g, double[] y, int period)
                {
                    double[] season = new double[period];
                    double sum = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        int s = t % period;
                        double old = season[s];
                        sum += old * old * y[t];
                        season[s] = g * y[t] + (1 - g) * season[s];
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Vector(r, (2 * n) + 1), 3 }),

            // The same with the index local built from another (int phase = t + offset; int s = phase % period;).
            new ArrayCase("FsSeasonIndexChainMinimal", """
                [Differentiable("g", "y")]
                public static double FsSeasonIndexChainMinimal(double g, double[] y, int period, int offset)
                {
                    double[] season = new double[period];
                    double sum = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        int phase = t + offset;
                        int s = phase % period;
                        double old = season[s];
                        sum += Math.Sin(old) * y[t];
                        season[s] *= 1 - g;
                        season[s] += g * y[t];
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Vector(r, (2 * n) + 1), 3, 2 }),
        };

        public static readonly ArrayCase[] Float =
        {
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(All.Single(c => c.Name == doubleTwin), source);

        /// <summary>
        /// Accepts a point where the method is finite and, for every differentiated input, Richardson differences of the
        /// method with two steps (the checks' 1 % and a fifth of it) agree to well within the checks' tolerance: no kink, jump
        /// or change of an iteration count lies within the steps. Reads the method only, never its generated derivatives.
        /// </summary>
        private static Func<object[], bool> Smooth(string name) => a => SmoothAt(CompiledCase.For(ArrayCaseCatalog.FindDouble(name)), a);

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

        /// <summary>Standard normals by Box–Muller.</summary>
        private static double[] Normals(Random r, int n) =>
            Enumerable.Range(0, n).Select(_ => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble())).ToArray();

        /// <summary>A price path: <paramref name="count"/> prices from <paramref name="start"/>, log steps uniform in ±<paramref name="step"/>.</summary>
        private static double[] Prices(Random r, int count, double start, double step)
        {
            var prices = new double[count];
            double p = start;
            for (int t = 0; t < count; t++)
            {
                prices[t] = p;
                p *= Math.Exp(Uniform(r, -step, step));
            }

            return prices;
        }

        /// <summary>A covariance matrix, row-major: A·Aᵀ + 0.05·I for A with entries in ±0.3.</summary>
        private static double[] Covariance(Random r, int n)
        {
            double[] a = Vector(r, n * n, -0.3, 0.3);
            var cov = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double s = i == j ? 0.05 : 0;
                    for (int k = 0; k < n; k++)
                    {
                        s += a[(i * n) + k] * a[(j * n) + k];
                    }

                    cov[(i * n) + j] = s;
                }
            }

            return cov;
        }

        /// <summary>Daily-looking asset returns, rows × assets, in ±4 %.</summary>
        private static double[,] ReturnsMatrix(Random r, int rows, int assets)
        {
            var m = new double[rows, assets];
            for (int t = 0; t < rows; t++)
            {
                for (int i = 0; i < assets; i++)
                {
                    m[t, i] = Uniform(r, -0.04, 0.04);
                }
            }

            return m;
        }
    }
}
