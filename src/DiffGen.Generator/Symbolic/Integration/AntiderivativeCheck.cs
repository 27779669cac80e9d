using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>How a candidate antiderivative passed its check.</summary>
    internal enum CheckKind
    {
        /// <summary>F′ − f simplifies to 0.</summary>
        Symbolic,

        /// <summary>F′ and f agree at sample points where both are defined.</summary>
        Numeric,
    }

    /// <summary>
    /// Decides whether a candidate F is an antiderivative of f before anything is emitted: F is differentiated with
    /// DiffGen's own derivative rules, and F′ − f must simplify to 0 (as built, or with its products of sums multiplied
    /// out, <see cref="Collecting.Expanded"/>); failing that, F′ and f must agree, to a relative
    /// 1e-9, at every sample point where either is defined (at least <see cref="MinimumPoints"/> of them), the other
    /// parameters taking a few fixed values. Either way F and F′ must be defined at every sample point where f is.
    /// A candidate that fails is dropped.
    /// </summary>
    internal static class AntiderivativeCheck
    {
        public const int MinimumPoints = 8;

        private const double Tolerance = 1e-9;

        private static readonly double[] Points = { 0.38, 0.77, 1.19, 1.66, 2.35, 3.1, 4.4, 0.13, -0.21, -0.62, -1.45, -2.7, 0.05, 0.91, -0.97, 6.3 };

        private static readonly double[][] ParameterSets =
        {
            new[] { 1.37, 0.61, 2.23, 0.83, 1.71, 0.47, 1.09, 2.9 },
            new[] { 0.74, 1.93, 0.52, 2.61, 1.12, 0.88, 3.3, 0.29 },
        };

        /// <summary>How F passed, or null when it is not an antiderivative of f (or cannot be shown to be one).</summary>
        public static CheckKind? Check(ExprBuilder b, Expr f, Expr antiderivative, Symbol x)
        {
            List<Expr> nodes = TopologicalOrder.OperandsFirst(new[] { antiderivative, f });
            if (nodes.OfType<Symbol>().Any(Integrator.IsNewVariable))
            {
                return null;
            }

            Expr derivative = new ForwardDerivative(b, x, new DependencyAnalysis(new[] { x }), zeroMeetsRoots: false).Of(antiderivative);
            Expr difference = b.Subtract(derivative, f);
            bool symbolic = difference is Constant { Value: 0 } || Collecting.Expanded(b, difference) is Constant { Value: 0 };

            // Sampled even when F′ − f is 0: F must also be defined wherever f is (ln x has derivative 1/x, but is no
            // antiderivative of 1/x at x < 0, where ln|x| is).
            List<Symbol> parameters = nodes.OfType<Symbol>().Where(s => s.ConstantValue == null && !ReferenceEquals(s, x)).OrderBy(s => s.Id).ToList();
            var samples = new List<(double F, double Derivative, double Integrand)>();
            foreach (double[] set in ParameterSets)
            {
                foreach (double point in Points)
                {
                    double ValueOf(Symbol s) => ReferenceEquals(s, x) ? point : set[parameters.IndexOf(s) % set.Length];
                    samples.Add((Evaluation.At(antiderivative, ValueOf), Evaluation.At(derivative, ValueOf), Evaluation.At(f, ValueOf)));
                }
            }

            double scale = samples.Where(s => IsFinite(s.Integrand)).Select(s => Math.Abs(s.Integrand)).DefaultIfEmpty(0).Max();
            int agreeing = 0;
            foreach ((double value, double derivativeValue, double integrand) in samples)
            {
                bool defined = IsFinite(integrand), derivativeDefined = IsFinite(derivativeValue);
                if (!defined && !derivativeDefined)
                {
                    continue;
                }

                if (defined != derivativeDefined || !IsFinite(value)
                    || (!symbolic && Math.Abs(derivativeValue - integrand) > Tolerance * Math.Max(Math.Abs(integrand), Math.Abs(derivativeValue)) + 1e-13 * scale))
                {
                    return null;
                }

                agreeing++;
            }

            return symbolic ? CheckKind.Symbolic : agreeing >= MinimumPoints ? CheckKind.Numeric : (CheckKind?)null;
        }

        private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
    }
}
